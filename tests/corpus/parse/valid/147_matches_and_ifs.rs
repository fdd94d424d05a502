// matches! with guards, if-else-if ladders, if-let-else, and boolean-heavy conditions.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Cell {
    Empty,
    Wall,
    Door { locked: bool },
    Item(u8),
}

fn passable(c: Cell, has_key: bool) -> bool {
    matches!(c, Cell::Empty | Cell::Item(_)) || matches!(c, Cell::Door { locked } if !locked || has_key)
}

fn describe(c: Cell) -> String {
    if c == Cell::Wall {
        "wall".to_string()
    } else if let Cell::Door { locked: true } = c {
        "locked door".into()
    } else if let Cell::Item(n @ 1..=3) = c {
        format!("common item {n}")
    } else if let Cell::Item(n) = c {
        format!("rare item {n}")
    } else {
        String::from(if matches!(c, Cell::Empty) { "floor" } else { "open door" })
    }
}

fn grade(score: u32, bonus: bool, late: bool) -> char {
    let adjusted = if bonus { score + 5 } else { score }.saturating_sub(if late { 10 } else { 0 });
    if adjusted >= 90 && !late {
        'A'
    } else if adjusted >= 80 || (bonus && adjusted >= 75) {
        'B'
    } else if (60..80).contains(&adjusted) {
        'C'
    } else {
        'F'
    }
}

fn main() {
    let row = [Cell::Empty, Cell::Wall, Cell::Door { locked: true }, Cell::Door { locked: false }, Cell::Item(2), Cell::Item(9)];
    for c in row {
        println!("{:<12} {} {}", describe(c), passable(c, false), passable(c, true));
    }
    println!("{} {} {} {}", grade(88, true, false), grade(95, false, true), grade(72, true, false), grade(10, false, false));
    let v = Some(5);
    let text = if let Some(x) = v { if x > 3 { "big" } else { "small" } } else { "none" };
    let is_ok = !matches!(v, None) && v.map_or(false, |x| x % 2 == 1);
    println!("{text} {is_ok}");
}
