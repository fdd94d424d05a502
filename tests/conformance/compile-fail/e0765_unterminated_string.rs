// A status message whose closing quote is missing.
fn status(code: u16) -> &'static str {
    match code {
        200 => "ok",
        404 => "not found",
        _ => "unknown",
    }
}

fn main() {
    println!("{}", status(200));
    println!("done: {}, status(404));
}
