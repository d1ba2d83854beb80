//! Marking what is selected as a mention of an entity (`m` in select mode). For now it only
//! says that marking comes with the entity picker; the picker replaces this file.

use super::state::Reader;

impl Reader {
    pub(super) fn start_mark(&mut self) {
        self.say(&["marking comes with the entity picker"]);
    }
}
