// One `)` too many at the end of a match arm inside `Ok(match .. { .. })`.
enum Cmd {
    Get(String),
    Quit,
}

fn parse(line: &str) -> Result<Cmd, String> {
    let mut words = line.split_whitespace();
    let verb = words.next().ok_or("empty line")?;
    Ok(match verb {
        "get" => Cmd::Get(words.next().unwrap_or("").to_string()),
        "quit" => Cmd::Quit,
        other => return Err(format!("unknown command {other}")) ),
    })
}

fn main() {
    match parse("get key") {
        Ok(Cmd::Get(k)) => println!("get {k}"),
        Ok(Cmd::Quit) => println!("quit"),
        Err(e) => println!("error: {e}"),
    }
}
