/// A commented `roster.yaml` for a new plan (`clasp init --print-roster-template`): the format
/// explained in place, with the people the default workflows need.
public enum RosterTemplate {
    /// The template's text. It decodes as a roster that satisfies `DefaultWorkflows` (tested),
    /// so editing names and emails keeps a plan that can take a proposal to adoption.
    public static let text = """
        # roster.yaml: the people of a Clasp plan and their roles. It holds no passwords: accounts
        # live on the server (`clasp accounts add ID`), matched to people by id.
        #
        # Give it to `clasp init PLAN --roster roster.yaml ...`; after that it changes only through
        # a roster proposal (`clasp propose --kind roster --file roster.yaml -m "why"`), approved
        # under the plan's governance workflow.
        #
        # Each person has:
        #   id     their roster id, used with --as and as their server account
        #          (lower-case letters, digits and hyphens)
        #   name   their full name, recorded as the author of what they do
        #   email  their email address, recorded with their name
        #   roles  any of:
        #          analyst        drafts and proposes class changes; approves editorial fixes
        #          committee      the HR committee: approves substantive revisions
        #          commissioner   the civil service commission: approves FLSA, pay, title and
        #                         lineage changes, and roster and workflow changes
        #          auditor        reads everything, changes nothing
        #          administrator  imports the first classes, adopts, proposes roster and
        #                         workflow changes
        # and may have:
        #   signing-key  an ed25519 public key (ssh-ed25519 AAAA... comment, from a .pub file):
        #          everything Clasp writes as them is then signed with the private key they give
        #          with --signing-key, and the audit requires their votes and adoptions signed
        #
        # The default workflows need (`clasp check` and `clasp init` say what is missing):
        #   2 analysts       one analyst approval, and the analyst who wrote a proposal cannot
        #                    approve it
        #   1 committee member or more (a majority of them approves)
        #   1 commissioner or more (a majority of them approves)
        #   1 administrator  (`clasp init --admin` adds one if the file has none by that id)
        # Nobody approves their own proposal, so a voting role held by someone who also writes
        # proposals (an analyst or administrator) needs more holders: `clasp check` says how many.
        people:
        - id: jdoe
          name: Jane Doe
          email: jdoe@springfield.example
          roles:
          - administrator
        - id: aortiz
          name: Alma Ortiz
          email: aortiz@springfield.example
          roles:
          - analyst
        - id: bchen
          name: Ben Chen
          email: bchen@springfield.example
          roles:
          - analyst
        - id: cmorgan
          name: Carla Morgan
          email: cmorgan@springfield.example
          roles:
          - committee
        - id: dpatel
          name: Dev Patel
          email: dpatel@springfield.example
          roles:
          - committee
        - id: ejohnson
          name: Erin Johnson
          email: ejohnson@springfield.example
          roles:
          - committee
        - id: fgarcia
          name: Felix Garcia
          email: fgarcia@springfield.example
          roles:
          - commissioner
        - id: gkim
          name: Grace Kim
          email: gkim@springfield.example
          roles:
          - commissioner
        - id: hlopez
          name: Hugo Lopez
          email: hlopez@springfield.example
          roles:
          - commissioner
        - id: inovak
          name: Irene Novak
          email: inovak@springfield.example
          roles:
          - auditor

        """
}
