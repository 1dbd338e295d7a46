import Foundation

/// Fixture repositories built by the git CLI from shell scripts (never binary archives), so what ClaspGit
/// reads is exactly what git wrote.
enum Fixtures {
    /// A non-bare repository on `main` with nested folders, an executable, a symbolic link, an annotated tag
    /// `v1`, a side branch merged with `--no-ff`, and a last commit whose message ends in trailers. Dates and
    /// time zones are explicit so signatures can be checked.
    static let historyScript = #"""
        git init -q -b main .
        mkdir -p classes/finance/technician docs
        printf 'title: Finance Technician I\n' > classes/finance/technician/1.yaml
        printf 'title: Finance Technician II\n' > classes/finance/technician/2.yaml
        printf 'Plan notes\n' > docs/README.md
        printf '#!/bin/sh\necho build\n' > build.sh
        chmod +x build.sh
        ln -s docs/README.md README
        git add -A
        GIT_AUTHOR_DATE='1700000000 -0700' GIT_COMMITTER_DATE='1700000100 +0530' git commit -q -m 'Adopt the initial plan'
        git tag -a v1 -m 'First adopted plan'
        git checkout -q -b side
        printf 'title: Finance Technician II\nlevel: 2\n' > classes/finance/technician/2.yaml
        GIT_AUTHOR_DATE='1700001000 +0000' GIT_COMMITTER_DATE='1700001000 +0000' git commit -q -am 'Side: level for technician II'
        printf 'side notes\n' > docs/side.md
        git add -A
        GIT_AUTHOR_DATE='1700002000 +0000' GIT_COMMITTER_DATE='1700002000 +0000' git commit -q -m 'Side: notes'
        git checkout -q main
        printf 'Plan notes, revised\n' > docs/README.md
        GIT_AUTHOR_DATE='1700003000 +0100' GIT_COMMITTER_DATE='1700003000 +0100' git commit -q -am 'Revise notes'
        GIT_AUTHOR_DATE='1700004000 -0330' GIT_COMMITTER_DATE='1700004000 -0330' git merge -q --no-ff side -m 'Merge side work'
        git rm -q classes/finance/technician/1.yaml
        printf 'title: Accountant\n' > classes/finance/accountant.yaml
        git add -A
        printf 'Retire technician I\n\nReplaced by the accountant class.\n\nProposal: 12\nApproved-by: Ana Ruiz <ana@example.gov>\n' > ../message.txt
        GIT_AUTHOR_DATE='1700005000 -0700' GIT_COMMITTER_DATE='1700005060 +0930' git commit -q --cleanup=verbatim -F ../message.txt
        """#

    /// Builds the history fixture in `directory/repo` and returns a CLI runner for it.
    static func historyRepository(in directory: URL) throws -> GitCLI {
        let repository = directory.appendingPathComponent("repo", isDirectory: true)
        try FileManager.default.createDirectory(at: repository, withIntermediateDirectories: true)
        let git = GitCLI(directory: repository)
        try git.shell(historyScript)
        return git
    }
}
