// Moves out of enum variants' payloads: which use rustc reports when a part moved before.
struct Job { n: [u8; 2] }
enum Cmd { Push(Job), Pull(Job), Pop }
fn h(c: Cmd) {
    for _ in 0..2 {
        match c { Cmd::Push(j) => { let _k = j; } Cmd::Pull(j) => { let _k = j; } Cmd::Pop => {} }
    }
}
fn i(c: Cmd) {
    match c { Cmd::Push(j) => { let _k = j; } Cmd::Pull(j) => { let _k = j; } Cmd::Pop => {} }
    match c { Cmd::Pop => {} _ => {} }
}
fn k(c: Cmd) {
    match c { Cmd::Push(j) => { let _k = j; } Cmd::Pull(j) => { let _k = j; } Cmd::Pop => {} }
    match c { Cmd::Push(j) => { let _k = j; } Cmd::Pull(j) => { let _k = j; } Cmd::Pop => {} }
}
fn k2(c: Cmd) {
    match c { Cmd::Push(j) => { let _k = j; } Cmd::Pull(j) => { let _k = j; } Cmd::Pop => {} }
    match c { Cmd::Push(j) => { let _k = j; } _ => {} }
}
fn k3(c: Cmd) {
    match c { Cmd::Push(j) => { let _k = j; } Cmd::Pull(j) => { let _k = j; } Cmd::Pop => {} }
    match c { Cmd::Push(_) => {} Cmd::Pull(_) => {} Cmd::Pop => {} }
}
fn k4(c: Cmd) {
    match c { Cmd::Push(j) => { let _k = j; } _ => {} }
    match c { Cmd::Pull(j) => { let _k = j; } _ => {} }
}
fn k5(c: Cmd) {
    match c { Cmd::Push(j) => { let _k = j; } _ => {} }
    match c { Cmd::Pull(j) => { let _k = j; } Cmd::Push(_) => {} Cmd::Pop => {} }
}
fn main() {}
