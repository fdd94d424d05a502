// Assignments to a unit variant, a unit struct or an associated const are
// destructuring assignments for rustc: refutable patterns (E0005), not E0070.
#[derive(Clone, Copy)]
enum Mode { On, Off }
struct Cfg;
impl Cfg {
    const LIMIT: u32 = 10;
    fn set(&self) {
        Self::LIMIT = 20;
    }
}
fn main() {
    let m = Mode::On;
    Mode::Off = m;
    Cfg::LIMIT = 3;
    let c = Cfg;
    c.set();
}
