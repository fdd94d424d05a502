// A fixed-width table of string constants, using `len` and `is_empty` on &str.
const HEADERS: [&str; 3] = ["name", "role", "location"];

struct Person {
    name: &'static str,
    role: &'static str,
    location: &'static str,
}

fn widest(cells: &[&str]) -> usize {
    let mut w = 0;
    for c in cells {
        w = w.max(c.len());
    }
    w
}

fn show(s: &str) -> &str {
    if s.is_empty() { "-" } else { s }
}

fn main() {
    let people = [
        Person { name: "Ada", role: "engineer", location: "London" },
        Person { name: "Grace", role: "", location: "Arlington" },
        Person { name: "Linus", role: "maintainer", location: "" },
    ];
    let mut w = [0usize; 3];
    for i in 0..3 {
        w[i] = HEADERS[i].len();
    }
    for p in &people {
        w[0] = w[0].max(p.name.len());
        w[1] = widest(&[w_str(w[1]), p.role]).max(w[1]);
        w[2] = w[2].max(p.location.len());
    }
    println!("{:<a$} | {:<b$} | {:<c$}", HEADERS[0], HEADERS[1], HEADERS[2], a = w[0], b = w[1], c = w[2]);
    println!("{}", w[0] + w[1] + w[2] + 6);
    for p in &people {
        println!("{:<a$} | {:<b$} | {:<c$}", show(p.name), show(p.role), show(p.location), a = w[0], b = w[1], c = w[2]);
    }
    let empty = "";
    println!("{} {} {}", empty.is_empty(), "é".len(), "naïve café".len());
}

fn w_str(_n: usize) -> &'static str {
    ""
}
