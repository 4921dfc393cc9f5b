// Generated from Page/ by scripts/embed-page; a test keeps the two identical.

/// The files of the page, compiled in from `Sources/BeianServer/Page/`.
enum PageFiles {
    static let all: [PageFile] = [
        apiJS,
        appCSS,
        appJS,
        iconSVG,
        indexHTML,
        problemsJS,
        recordJS,
    ]
}
