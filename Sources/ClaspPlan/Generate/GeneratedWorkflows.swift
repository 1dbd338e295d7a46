/// The approval workflows a generated plan is created with: the project's defaults
/// (`Workflows/default.yaml` and `Workflows/governance.yaml`, which a test keeps in step), so
/// generated adoptions are routed and voted on exactly as a real plan's would be.
enum GeneratedWorkflows {
    /// Plan path to file text.
    static let files: [String: String] = [
        "workflows/default.yaml": defaultText,
        "workflows/governance.yaml": governanceText,
    ]

    static let defaultText = """
        name: default
        description: Changes to class specifications. Editorial fixes need one analyst; duties and qualifications also need the HR committee; FLSA, pay, title, code and lineage changes also need the civil service commission.
        applies-to:
        - establish
        - revise
        - correct
        - retitle
        - merge
        - split
        - abolish
        - reinstate
        carry-votes: editorial
        stages:
        - name: analyst-review
          role: analyst
          approvals: 1
          when:
          - editorial
          - title
          - code
          - flsa
          - pay
          - duties
          - supervision
          - qualifications
          - physical
          - lineage
          - other
        - name: committee
          role: committee
          approvals: majority
          when:
          - title
          - code
          - flsa
          - pay
          - duties
          - supervision
          - qualifications
          - physical
          - lineage
          - other
        - name: commission
          role: commissioner
          approvals: majority
          when:
          - title
          - code
          - flsa
          - pay
          - lineage
        """ + "\n"

    static let governanceText = """
        name: governance
        description: Changes to the roster or to the approval workflows themselves need a majority of the commission.
        applies-to:
        - roster
        - workflow
        carry-votes: none
        stages:
        - name: commission
          role: commissioner
          approvals: majority
          when:
          - other
        """ + "\n"
}
