#[derive(Debug)]
struct Player {
    name: &'static str,
    score: u32,
}

fn main() {
    let p = Player { name: "kim", score: 12 };
    println!("{} scored {} points ({} lives)", p.name, p.score, p.lives);
}
