use std::time::Instant;
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let t = Instant::now();
    let loaded = briefing::briefing::load_path(std::path::Path::new(&path), 1 << 30).unwrap();
    let t_load = t.elapsed();
    let mut app = briefing::ui::app::App::new(
        loaded.briefing,
        None,
        briefing::theme::Theme { color: true },
        briefing::view::BidiMode::App,
    );
    let t_new = t.elapsed();
    let mut term = ratatui::Terminal::new(ratatui::backend::TestBackend::new(200, 60)).unwrap();
    term.draw(|f| briefing::ui::draw::draw(f, &mut app))
        .unwrap();
    let t_first = t.elapsed();
    let t2 = Instant::now();
    for _ in 0..100 {
        app.apply(briefing::ui::keymap::Action::Down);
        term.draw(|f| briefing::ui::draw::draw(f, &mut app))
            .unwrap();
    }
    println!(
        "load {:?} new {:?} first frame {:?}; redraw {:?}",
        t_load,
        t_new,
        t_first,
        t2.elapsed() / 100
    );
}
