import CCmark

extension MarkdownRenderer {
    /// The version of the libcmark Karta is linked with («0.30.2»), for `karta --version`.
    public static var libcmarkVersion: String { String(cString: cmark_version_string()) }
}
