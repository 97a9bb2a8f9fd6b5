;; Driven by scripts/emacs-check.sh in a copy of examples/ whose M-101 names two owners: with the
;; README's eglot set-up (Tests/Editors/emacs-init.el), the diagnostic reaches Flymake at the owner
;; value, definition on the theme leads to T-payments, and fixing the owner clears it.
(package-initialize)
(require 'eglot)
(require 'markdown-mode)
(load (expand-file-name "emacs-init.el" (file-name-directory load-file-name)))
(defun check-fail (message &rest args)
  (princ (format "emacs-check: FAILED: %s\n" (apply #'format message args)))
  (kill-emacs 1))
(defun check-wait (predicate what)
  (let ((deadline (+ (float-time) 20)))
    (while (and (not (funcall predicate)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (unless (funcall predicate) (check-fail "%s" what))))

(find-file "roadmap/milestones/M-101.md")
(unless (derived-mode-p 'markdown-mode) (check-fail "not in markdown-mode: %s" major-mode))
(run-hooks 'post-command-hook)                    ; eglot-ensure connects after the command that opened the file
(check-wait (lambda () (eglot-current-server)) "eglot did not start rmlint lsp")
(check-wait (lambda () (flymake-diagnostics)) "no diagnostics arrived")
(let* ((diagnostics (flymake-diagnostics))
       (first (car diagnostics))
       (line (line-number-at-pos (flymake-diagnostic-beg first)))
       (column (save-excursion (goto-char (flymake-diagnostic-beg first)) (current-column))))
  (unless (and (= (length diagnostics) 1) (string-match-p "owners" (flymake-diagnostic-text first))
               (= line 5) (= column 7))
    (check-fail "expected one single-owner at 5:7, got %d: %S at %d:%d" (length diagnostics)
                (flymake-diagnostic-text first) line column)))
(princ "emacs-check: single-owner shown at the owner value\n")

(goto-char (point-min))
(re-search-forward "^theme: ")
(let* ((locations (jsonrpc-request (eglot-current-server) :textDocument/definition
                                   (eglot--TextDocumentPositionParams)))
       (target (plist-get (if (vectorp locations) (aref locations 0) locations) :uri)))
  (unless (and target (string-match-p "/roadmap/themes/T-payments\\.md\\'" target))
    (check-fail "definition led to %S" target)))
(princ "emacs-check: definition leads to T-payments.md\n")

(goto-char (point-min))
(re-search-forward "^owner: .*$")
(replace-match "owner: frank")
;; What the idle timers do between keystrokes: send the change, then let Flymake ask again.
(eglot--signal-textDocument/didChange)
(check-wait (lambda () (flymake-start) (null (flymake-diagnostics))) "the fixed owner still shows")
(princ "emacs-check: fixing the owner clears it\n")
(kill-emacs 0)
