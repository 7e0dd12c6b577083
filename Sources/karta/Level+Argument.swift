import ArgumentParser
import KartaModel

/// `--level region|municipality|school`, spelled as the content format spells levels.
extension Level: ExpressibleByArgument {}
