enum Mode { Read, Write }
fn handle(m: Mode) -> u8 {
    match m {}
}
fn main() {
    handle(Mode::Read);
    let _ = Mode::Write;
}
