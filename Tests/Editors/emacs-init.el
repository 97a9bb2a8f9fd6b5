;; rmlint lsp in Emacs 28+ with eglot (the README's snippet).
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs '((markdown-mode gfm-mode) . ("rmlint" "lsp"))))
(add-hook 'markdown-mode-hook #'eglot-ensure)
