//! Computing `S`'s proposals: on the input thread for a small briefing, on a thread of
//! its own for a big one, so that the screen stays responsive and shows how far it is.
//!
//! Data flows one way. [`compute`] builds the gazetteers of the briefing's languages and,
//! when the reader was opened from a library (or the config names one), the memory of that
//! library's briefings (`suggest::library_memory`), once per reader: later runs reuse them
//! ([`Prepared`]); then it runs `suggest` on the model. [`Job::start`] runs the same on a
//! copy of the model on another thread, which sends how far it has read
//! (`suggest::Progress`) and then the proposals over a channel; [`Job::poll`] takes them
//! in. Dropping a job cancels it: the thread stops at the next text it would read and its
//! result is never looked at.

use std::path::PathBuf;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use crate::briefing::Briefing;
use crate::suggest::library_memory::Memory;
use crate::suggest::{self, Gazetteers, Options, Progress, Suggestions};

/// Briefings with more article text than this are reviewed from a thread of their own.
pub const BACKGROUND_BYTES: usize = 256 << 10;

/// Proposals below this confidence are not offered (as `briefing suggest`'s default).
const MIN_CONFIDENCE: f64 = 0.5;

/// The library whose briefings `S` remembers entities from, and the largest file read there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Library {
    pub dir: PathBuf,
    pub max_size: u64,
}

/// What `S` prepares once per reader: the gazetteers, with the library's memory; and what
/// went wrong reading the library, to say once.
#[derive(Clone)]
pub struct Prepared {
    pub gazetteers: Arc<Gazetteers>,
    pub warning: Option<String>,
}

impl std::fmt::Debug for Prepared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Prepared")
            .field("warning", &self.warning)
            .finish_non_exhaustive()
    }
}

/// The gazetteers for `b` with the memory of `library`, unless they were prepared before.
fn prepare(b: &Briefing, prepared: Option<Prepared>, library: Option<&Library>) -> Prepared {
    if let Some(p) = prepared {
        return p;
    }
    let gazetteers = Gazetteers::for_briefing(b);
    let (gazetteers, warning) = match library {
        None => (gazetteers, None),
        Some(l) => match Memory::load(&l.dir, l.max_size) {
            Ok(memory) => (gazetteers.with_memory(memory), None),
            Err(e) => (
                gazetteers,
                Some(format!("library {}: {e}", l.dir.display())),
            ),
        },
    };
    Prepared {
        gazetteers: Arc::new(gazetteers),
        warning,
    }
}

/// The proposals for `b`, and the gazetteers they were made with; None when `progress`
/// stopped it.
pub fn compute(
    b: &Briefing,
    prepared: Option<Prepared>,
    library: Option<&Library>,
    progress: &mut dyn FnMut(Progress) -> bool,
) -> Option<(Suggestions, Prepared)> {
    let prepared = prepare(b, prepared, library);
    let options = Options {
        min_confidence: MIN_CONFIDENCE,
        ..Options::default()
    };
    let s = suggest::suggest_with_progress(b, &prepared.gazetteers, options, progress)?;
    Some((s, prepared))
}

/// Whether proposals for `b` are computed off the input thread: a big briefing, or a
/// library to read first.
pub fn in_background(b: &Briefing, prepared: Option<&Prepared>, library: Option<&Library>) -> bool {
    let text: usize = b
        .articles
        .iter()
        .map(|a| a.text.len() + a.headline.len())
        .sum();
    text > BACKGROUND_BYTES || (prepared.is_none() && library.is_some())
}

/// Proposals being computed on another thread.
pub struct Job {
    result: Receiver<(Suggestions, Prepared)>,
    progress: Arc<Mutex<Progress>>,
    cancel: Arc<AtomicBool>,
    /// The model they are computed for: they are stale once it is not the reader's.
    pub of: Rc<Briefing>,
    started: Instant,
}

/// What a job has come to.
pub enum Polled {
    Working,
    Done(Suggestions, Prepared),
    /// The thread ended without a result (it cannot, short of a bug: said, not hidden).
    Lost,
}

impl Job {
    /// Starts computing the proposals for `of` (a copy of it goes to the thread).
    pub fn start(of: &Rc<Briefing>, prepared: Option<Prepared>, library: Option<Library>) -> Job {
        let (tx, rx) = mpsc::channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let progress = Arc::new(Mutex::new(Progress::default()));
        let copy = Briefing::clone(of);
        let (stop, shared) = (Arc::clone(&cancel), Arc::clone(&progress));
        std::thread::spawn(move || {
            let mut tell = |p: Progress| {
                if let Ok(mut shared) = shared.lock() {
                    *shared = p;
                }
                !stop.load(Ordering::Relaxed)
            };
            if let Some(done) = compute(&copy, prepared, library.as_ref(), &mut tell) {
                // The reader may have stopped waiting: then nobody receives it.
                let _ = tx.send(done);
            }
        });
        Job {
            result: rx,
            progress,
            cancel,
            of: Rc::clone(of),
            started: Instant::now(),
        }
    }

    pub fn poll(&mut self) -> Polled {
        match self.result.try_recv() {
            Ok((s, prepared)) => Polled::Done(s, prepared),
            Err(TryRecvError::Empty) => Polled::Working,
            Err(TryRecvError::Disconnected) => Polled::Lost,
        }
    }

    /// The progress line: how much of the articles' text is read, and for how long.
    pub fn line(&self) -> String {
        let p = self.progress.lock().map(|p| *p).unwrap_or_default();
        let mb = |bytes: usize| bytes as f64 / (1 << 20) as f64;
        let read = match p.total {
            0 => "preparing the gazetteers and the library".to_string(),
            total if p.done >= total => "grouping the proposals".to_string(),
            total => format!("{:.1} of {:.1} MB of text read", mb(p.done), mb(total)),
        };
        format!(
            "suggesting… {read} · {} s",
            self.started.elapsed().as_secs()
        )
    }
}

impl Drop for Job {
    /// Cancels the computation: the thread stops before the next text.
    fn drop(&mut self) {
        self.cancel.store(true, Ordering::Relaxed);
    }
}
