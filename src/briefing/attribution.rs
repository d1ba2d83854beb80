//! Who said what, and when (format 3): the claims around a casualty figure and the claims of
//! responsibility around the event.
//!
//! A figure's mention can say who in the article states it (`said_by`, actors of the
//! briefing), whether the claim stands, was denied or is disputed (`claim`, `denied_by`),
//! that it is a part of another casualty entity's toll (`part_of`: "soldiers were among the
//! dead") and that the source reports a rise or fall with no earlier count (`trend`). These
//! are kept together as one [`Attribution`], boxed on the mention and absent for the plain
//! figures most mentions carry, so the model of a big briefing does not grow. An actor can
//! carry [`Responsibility`] entries: it claimed the attack, it was blamed for it (by whom),
//! or it denied it. When a figure held is its own `as_of`, else its article's `published`
//! (`Briefing::figure_moment`). The loader checks all of it (`validate::attribution`); the
//! reader, the exports and `suggest` read it from here.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::figure::Moment;
use super::ids::{ArticleIx, EntityIx, MentionIx};
use super::model::{Briefing, Mention};

/// Whether a reported figure stands: reported (the default), denied by someone, or
/// disputed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Claim {
    #[default]
    Reported,
    Denied,
    Disputed,
}

impl Claim {
    pub const ALL: [Claim; 3] = [Claim::Reported, Claim::Denied, Claim::Disputed];

    pub fn as_str(self) -> &'static str {
        match self {
            Claim::Reported => "reported",
            Claim::Denied => "denied",
            Claim::Disputed => "disputed",
        }
    }
}

/// Which way a source says a toll went, when it gives no earlier count: "the toll rose to
/// 21".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Trend {
    Rose,
    Fell,
}

impl Trend {
    pub fn as_str(self) -> &'static str {
        match self {
            Trend::Rose => "rose",
            Trend::Fell => "fell",
        }
    }
}

/// Who states a figure in its article and how the claim stands (on a figure's mention).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Attribution {
    /// The actors who state the figure ("the hospital director said").
    pub said_by: Vec<EntityIx>,
    pub claim: Claim,
    /// Who denied or disputed it (with `claim` denied or disputed).
    pub denied_by: Vec<EntityIx>,
    /// The casualty entity whose toll this figure is a part of ("soldiers among the dead").
    pub part_of: Option<EntityIx>,
    /// A rise or fall the source reports with no earlier count.
    pub trend: Option<Trend>,
}

impl Attribution {
    /// None for the attribution every plain figure has, so that only real ones are stored.
    pub fn boxed(self) -> Option<Box<Attribution>> {
        (self != Attribution::default()).then(|| Box::new(self))
    }
}

/// What an actor's entry in `responsibility` says about the attack.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    /// The actor claimed responsibility.
    Claimed,
    /// Others (`by`) blamed the actor.
    Blamed,
    /// The actor denied responsibility.
    Denied,
}

impl Stance {
    pub const ALL: [Stance; 3] = [Stance::Claimed, Stance::Blamed, Stance::Denied];

    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Claimed => "claimed",
            Stance::Blamed => "blamed",
            Stance::Denied => "denied",
        }
    }

    /// The stance in words, for an actor named `who`: "claimed responsibility".
    pub fn words(self) -> &'static str {
        match self {
            Stance::Claimed => "claimed responsibility",
            Stance::Blamed => "blamed",
            Stance::Denied => "denied responsibility",
        }
    }
}

/// One claim about who is responsible for the attack, on the actor it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Responsibility {
    pub stance: Stance,
    /// Who blames the actor (for `blamed`; for the others, who reports the claim or denial
    /// when it is not the actor itself).
    pub by: Vec<EntityIx>,
    /// The article that reports it, if given.
    pub article: Option<ArticleIx>,
}

impl Briefing {
    /// When a figure's mention held: its figure's `as_of`, else its article's `published`.
    pub fn figure_moment(&self, mention: &Mention) -> Option<Moment> {
        mention
            .figure
            .and_then(|f| f.as_of)
            .or(self.articles[mention.article].published)
    }

    /// The attribution of a text mention, if it has one.
    pub fn attribution(&self, mention: MentionIx) -> Option<&Attribution> {
        self.mentions[mention].attribution.as_deref()
    }

    /// The casualty entities that are parts of `whole` (some mention of theirs says
    /// `part_of: whole`), in entity order.
    pub fn parts_of(&self, whole: EntityIx) -> Vec<EntityIx> {
        let mut parts: Vec<EntityIx> = self
            .mentions
            .iter()
            .chain(&self.headline_mentions)
            .filter(|m| m.attribution.as_ref().and_then(|a| a.part_of) == Some(whole))
            .map(|m| m.entity)
            .collect();
        parts.sort();
        parts.dedup();
        parts
    }
}
