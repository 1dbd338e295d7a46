import ClaspCLI
