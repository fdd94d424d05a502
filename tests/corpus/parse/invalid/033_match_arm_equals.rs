fn name_of(code: u16) -> &'static str {
    match code {
        200 => "OK",
        404 = "Not Found",
        500 => "Internal Server Error",
        _ => "Unknown",
    }
}

fn main() {
    println!("{}", name_of(404));
}
