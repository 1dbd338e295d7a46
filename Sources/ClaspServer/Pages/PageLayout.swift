import ClaspQueries
import Hummingbird
import HTTPTypes

/// The frame of every page: a header with the plan's links and the sign-out form, the page's
/// body, and a stylesheet inline (no CDN, no JavaScript) that also prints cleanly.
enum PageLayout {
    static func page(title: String, identity: Identity?, plan: String? = nil, body: HTML) -> Response {
        let html: HTML = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <link rel="icon" href="data:,">
            <title>\(title) · Clasp</title>
            <style>\(stylesheet)</style>
            </head>
            <body>
            <header class="site"><nav>\(navigation(identity: identity, plan: plan))</nav></header>
            <main>
            <h1>\(title)</h1>
            \(body)
            </main>
            <footer class="site">Clasp · classification plans in git</footer>
            </body>
            </html>

            """
        return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8",
                                               .contentSecurityPolicy: "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'",
                                               HTTPField.Name("X-Content-Type-Options")!: "nosniff"],
                        body: .init(byteBuffer: ByteBuffer(string: html.rendered)))
    }

    static func navigation(identity: Identity?, plan: String?) -> HTML {
        var links: [HTML] = ["<a href=\"/\">Plans</a>"]
        if let plan {
            links.append("<a href=\"/plans/\(plan)\">Classes</a>")
            links.append("<a href=\"/plans/\(plan)/diff\">Compare</a>")
            links.append("<a href=\"/plans/\(plan)/lineage\">Lineage</a>")
            links.append("<a href=\"/plans/\(plan)/proposals\">Proposals</a>")
            links.append("<a href=\"/plans/\(plan)/audit\">Audit</a>")
        }
        if let identity {
            links.append("<span class=\"who\">Signed in as <strong>\(identity.accountID)</strong></span>")
            if let session = identity.session {
                links.append("""
                    <form class="inline" method="post" action="/logout"><input type="hidden" name="csrf" value="\(session.csrfToken)">\
                    <button type="submit">Sign out</button></form>
                    """)
            }
        }
        return links.joined()
    }

    static let stylesheet = HTML(trusted: """
        body{font-family:system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;margin:0;color:#1d2330;line-height:1.45}
        header.site{background:#1f3a5f;padding:.5rem 1rem}header.site nav{display:flex;gap:1rem;align-items:center;flex-wrap:wrap}
        header.site a,header.site .who{color:#fff}header.site .who{margin-left:auto}
        main{max-width:70rem;margin:0 auto;padding:1rem}footer.site{color:#667;font-size:.8rem;text-align:center;padding:1rem}
        table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #dde;padding:.3rem .5rem;text-align:left;vertical-align:top}
        form.inline{display:inline}form.filters{display:flex;gap:.75rem;flex-wrap:wrap;align-items:end;margin:.5rem 0 1rem}
        label{display:flex;flex-direction:column;font-size:.85rem}input,select,button{font:inherit;padding:.25rem .4rem}
        .error{background:#fde8e8;border-left:4px solid #c0392b;padding:.5rem}.notice{background:#eef5ff;padding:.5rem}
        .meta{color:#556}.overdue{color:#a00;font-weight:bold}.spec h2{border-bottom:1px solid #ccd;font-size:1.1rem}.svg-wrap{overflow-x:auto;border:1px solid #dde}
        blockquote.reason{border-left:3px solid #ccd;margin:.5rem 0;padding:.25rem .75rem;white-space:pre-wrap}fieldset{border:1px solid #dde}
        label.choice{display:inline-flex;flex-direction:row;gap:.3rem;margin-right:1rem;font-size:1rem}form.adopt,form.withdraw,form.comment{margin:.75rem 0}
        ins{background:#d9f7d9;text-decoration:none}del{background:#fadada}.status{font-size:.8rem;padding:0 .3rem;border-radius:3px;background:#eef}
        .lineage-change{display:flex;gap:1rem;flex-wrap:wrap}.lineage-change figure{flex:1 1 26rem;margin:0;border:1px solid #dde;overflow-x:auto}
        .lineage-change figcaption{font-weight:600;padding:.25rem .5rem;background:#f4f6fa}
        @media print{header.site,form,form.filters,footer.site{display:none}main{max-width:none}a{color:inherit;text-decoration:none}}
        """)
}
