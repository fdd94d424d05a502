// Building initials from names: indexing a str by position does not work.
struct Person {
    first: &'static str,
    last: &'static str,
}

fn initial(name: &str) -> char {
    if name.is_empty() {
        return '?';
    }
    let c = name[0];
    c.to_ascii_uppercase()
}

fn main() {
    let people = [
        Person { first: "ada", last: "lovelace" },
        Person { first: "alan", last: "turing" },
        Person { first: "grace", last: "hopper" },
    ];
    for p in &people {
        println!("{}{} ({} {})", initial(p.first), initial(p.last), p.first, p.last);
    }
    let short = &people[1].last[..3];
    println!("short: {short}");
}
