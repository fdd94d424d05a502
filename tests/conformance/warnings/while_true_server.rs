// lints: while_true
// An event loop written as `while true` instead of `loop`.
fn main() {
    let events = [3, 1, 4, 0, 5];
    let mut i = 0;
    let mut handled = 0;
    while true {
        if events[i] == 0 {
            break;
        }
        handled += events[i];
        i += 1;
    }
    println!("handled {}", handled);
    let mut tries = 0;
    while true {
        tries += 1;
        if tries == 3 {
            break;
        }
    }
    println!("{}", tries);
}
