// Edition 2021 semantics in syntax-visible form: disjoint closure captures, arrays by value in for loops,
// the `|` in or-patterns of macro `pat` fragments, and panic! with format strings.
#[derive(Debug)]
struct Game {
    name: String,
    scores: Vec<u32>,
    round: u32,
}

macro_rules! is_vowel {
    ($c:expr, $p:pat) => {
        matches!($c, $p)
    };
}

fn main() {
    let mut g = Game { name: "quiz".into(), scores: vec![1, 2], round: 0 };
    let name_ref = &g.name;
    let mut bump = || g.round += 1;
    bump();
    bump();
    println!("{name_ref} {}", g.round);
    let mut push = |s| g.scores.push(s);
    push(10);
    let total: u32 = g.scores.iter().sum();
    for word in ["alpha", "beta"] {
        let s: &str = word;
        println!("{s} {}", is_vowel!(s.chars().next().unwrap(), 'a' | 'e' | 'i' | 'o' | 'u'));
    }
    let arrays = [[1, 2], [3, 4]];
    for [x, y] in arrays {
        print!("{} ", x * y);
    }
    println!("{total} {g:?}");
    let moved = move || g.name.len();
    println!("{}", moved());
    if total > 1000 {
        panic!("total too large: {total}");
    }
}
