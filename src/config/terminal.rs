//! Who does the bidi, per terminal: rules that match the environment (`TERM`,
//! `TERM_PROGRAM`, or a variable that is set) to `app` or `terminal`. A config file's
//! `[[terminal]]` rules are tried first, in order, then the built-in ones ([`BUILT_IN`]); the
//! first that matches decides, and without a match the program does the bidi itself. A
//! `--bidi` on the command line overrides all of them.

use crate::view::BidiMode;

/// One rule: every condition it names must hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TerminalRule {
    /// `TERM` equals this, or starts with what comes before a trailing `*`.
    pub term: Option<String>,
    /// `TERM_PROGRAM`, matched the same way.
    pub term_program: Option<String>,
    /// This environment variable is set and not empty.
    pub env: Option<String>,
    pub bidi: BidiMode,
    /// Why the rule exists, for `briefing config --default`.
    pub about: String,
}

/// Terminals detected without a config file.
pub fn built_in() -> Vec<TerminalRule> {
    vec![TerminalRule {
        term: None,
        term_program: None,
        env: Some("KONSOLE_VERSION".into()),
        bidi: BidiMode::Terminal,
        about: "Konsole reorders every line itself and cannot be told not to".into(),
    }]
}

impl TerminalRule {
    pub fn matches(&self, env: &dyn Fn(&str) -> Option<String>) -> bool {
        let pattern_holds = |pattern: &Option<String>, var: &str| match pattern {
            None => true,
            Some(p) => env(var).is_some_and(|value| matches_pattern(p, &value)),
        };
        pattern_holds(&self.term, "TERM")
            && pattern_holds(&self.term_program, "TERM_PROGRAM")
            && self
                .env
                .as_ref()
                .is_none_or(|var| env(var).is_some_and(|v| !v.is_empty()))
    }
}

fn matches_pattern(pattern: &str, value: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(prefix) => value.starts_with(prefix),
        None => value == pattern,
    }
}

/// The bidi mode for this environment: the first rule that matches, else the app.
pub fn choose(rules: &[TerminalRule], env: &dyn Fn(&str) -> Option<String>) -> BidiMode {
    rules
        .iter()
        .chain(built_in().iter())
        .find(|r| r.matches(env))
        .map_or(BidiMode::App, |r| r.bidi)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::tests::env;

    fn rule(term: Option<&str>, bidi: BidiMode) -> TerminalRule {
        TerminalRule {
            term: term.map(String::from),
            term_program: None,
            env: None,
            bidi,
            about: String::new(),
        }
    }

    #[test]
    fn konsole_is_detected_and_a_rule_overrides_it() {
        let konsole = [("KONSOLE_VERSION", "230401"), ("TERM", "xterm-256color")];
        assert_eq!(choose(&[], &env(&konsole)), BidiMode::Terminal);
        assert_eq!(choose(&[], &env(&[("KONSOLE_VERSION", "")])), BidiMode::App);
        let mine = [rule(Some("xterm*"), BidiMode::App)];
        assert_eq!(choose(&mine, &env(&konsole)), BidiMode::App);
    }

    #[test]
    fn patterns_match_whole_values_or_prefixes() {
        let vars = [("TERM", "mlterm"), ("TERM_PROGRAM", "WezTerm")];
        assert!(rule(Some("mlterm"), BidiMode::App).matches(&env(&vars)));
        assert!(!rule(Some("mlt"), BidiMode::App).matches(&env(&vars)));
        assert!(rule(Some("ml*"), BidiMode::App).matches(&env(&vars)));
        assert!(!rule(Some("xterm*"), BidiMode::App).matches(&env(&vars)));
        let both = TerminalRule {
            term_program: Some("WezTerm".into()),
            ..rule(Some("*"), BidiMode::Terminal)
        };
        assert!(both.matches(&env(&vars)));
        assert!(!both.matches(&env(&[("TERM", "mlterm")])));
        assert_eq!(choose(&[both], &env(&vars)), BidiMode::Terminal);
    }
}
