import ClaspPlan
import ClaspQueries
import ClaspSpec

/// The auditor's page: what `audit verify` finds, re-derived from git, then the adoptions and
/// the votes behind them with filters, and links to download the same rows as CSV or JSON.
struct AuditPage {
    let planID: String
    let report: AuditVerifyReport
    let records: [AuditRecord]
    let filter: AuditFilter

    func body() -> HTML {
        let verdict: HTML = report.clean
            ? "<p class=\"notice\" id=\"verify\" data-clean=\"true\">Audit clean: \(report.summary)</p>"
            : "<div class=\"findings\" id=\"verify\" data-clean=\"false\"><p><strong>\(Plural.count(report.findings.count, "finding", "findings")):</strong></p><ul>\(report.findings.map { finding -> HTML in "<li><code>\(finding.commit.map { String($0.prefix(10)) } ?? "")</code> \(finding.message)</li>" })</ul></div>"
        let kinds = ["", "creation", "bootstrap", "adoption", "approval", "vote", "other"].map { kind -> HTML in
            "<option value=\"\(kind)\"\(kind == (filter.kind ?? "") ? HTML(" selected") : "")>\(kind.isEmpty ? "any" : kind)</option>"
        }
        let rows = records.map { record -> HTML in
            let proposal: HTML = record.proposal.map { "<a href=\"/plans/\(planID)/proposals/\($0)\">\($0)</a>" } ?? "—"
            return """
                <tr data-kind="\(record.kind.rawValue)"><td>\(record.at)</td><td>\(record.kind.rawValue)</td><td>\(proposal)</td>\
                <td>\(record.change)</td><td>\(record.person)</td><td>\(record.role ?? "")</td><td>\(record.stage ?? "")</td>\
                <td>\(record.decision ?? "")</td><td><code>\(String(record.commit.prefix(10)))</code></td></tr>
                """
        }
        let base = "/plans/\(planID)/audit/export"
        return """
            <h2>Verification</h2>
            \(verdict)
            <h2>Adoptions and votes</h2>
            <form class="filters" method="get" action="/plans/\(planID)/audit">
            <label>Class<input name="class" value="\(filter.classID ?? "")"></label>
            <label>Person<input name="person" value="\(filter.person ?? "")"></label>
            <label>Kind<select name="kind">\(kinds)</select></label>
            <label>From<input type="date" name="from" value="\(filter.from ?? "")"></label>
            <label>To<input type="date" name="to" value="\(filter.to ?? "")"></label>
            <button type="submit">Filter</button>
            </form>
            <p>Download these rows: <a id="export-csv" href="\(base)\(QueryString.make(filter.pairs + [("format", "csv")]))">CSV</a> · \
            <a id="export-json" href="\(base)\(QueryString.make(filter.pairs + [("format", "json")]))">JSON</a></p>
            <table class="audit"><thead><tr><th>At (UTC)</th><th>Kind</th><th>Proposal</th><th>Change</th><th>Person</th><th>Role</th>\
            <th>Stage</th><th>Decision</th><th>Commit</th></tr></thead><tbody>\(rows)</tbody></table>
            """
    }
}
