// Generated from Page/icon.svg by scripts/embed-page; a test keeps the two identical.
extension PageFiles {
    static let iconSVG = PageFile(
        name: "icon.svg",
        text: #"""
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#b3261e"/><path d="M9 8h11l4 4v12H9z" fill="#fff"/><path d="M12 15h9M12 19h9" stroke="#b3261e" stroke-width="2"/></svg>
            """#)
}
