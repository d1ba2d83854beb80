//! Exporters (placeholder; see the export issue).
