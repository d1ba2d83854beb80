//! Pure text layout (placeholder; see the layout-engine issue).
