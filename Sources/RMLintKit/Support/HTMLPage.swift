import RMLintCore

/// The one page every HTML report is written into (`history`, `review`, `board`): self-contained —
/// inline CSS, no scripts, fonts or network — readable on a phone, and printable (sections are not
/// split across pages, backgrounds drop). `body` is already escaped markup.
enum HTMLPage {
    static func render(title: String, body: String, extraStyle: String = "") -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(XMLEscaping.escape(title))</title>
        <style>
        body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2430;margin:0;background:#f6f7f9}
        header,section{max-width:1040px;margin:0 auto;padding:18px 28px}
        h1{font-size:26px;margin:18px 0 2px}h2{font-size:18px;margin:6px 0 12px}h3{font-size:15px;margin:12px 0 6px}.sub{color:#4a5361;margin:0}
        .kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px}
        .kpi{background:#fff;border:1px solid #e2e5ea;border-radius:10px;padding:12px 14px}
        .kpi b{display:block;font-size:26px}.kpi span{color:#4a5361;font-size:13px}
        section>svg,table{background:#fff;border:1px solid #e2e5ea;border-radius:10px}
        table{border-collapse:collapse;width:100%}td,th{padding:6px 10px;border-bottom:1px solid #eef0f3;text-align:left;font-size:13px;vertical-align:top}
        th{color:#4a5361;font-weight:600}.late{color:#b4441b}.early{color:#1d7a45}.date,.num{white-space:nowrap}.num{text-align:right}
        .scroll{overflow-x:auto}
        svg text{font:12px system-ui,sans-serif;fill:#39414f}
        @media (max-width:600px){header,section{padding:12px 14px}h1{font-size:22px}}
        @media print{body{background:#fff;font-size:12px}section{break-inside:avoid}header,section{padding:8px 0}}
        \(extraStyle)
        </style></head><body>
        \(body)</body></html>

        """
    }
}
