// A scoreboard that updates counters through references and on non-numeric types.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Points(u32);

#[derive(Debug, Clone, Copy)]
struct Team {
    score: Points,
    fouls: u8,
    initial: char,
}

fn add_goal(score: &mut u32, value: u32) {
    score += value;
}

fn add_foul(t: &mut Team) {
    t.fouls += 1;
}

fn bonus(t: &mut Team) {
    t.score += Points(3);
}

fn next_initial(t: &mut Team) {
    t.initial += 1;
}

fn leader(a: &Team, b: &Team) -> char {
    if a.score.0 >= b.score.0 { a.initial } else { b.initial }
}

fn main() {
    let mut raw = 0u32;
    add_goal(&mut raw, 2);
    let mut home = Team { score: Points(raw), fouls: 0, initial: 'H' };
    let mut away = Team { score: Points(1), fouls: 2, initial: 'A' };
    add_foul(&mut home);
    bonus(&mut away);
    next_initial(&mut away);
    println!("{} {:?} {:?}", leader(&home, &away), home, away);
    let tied = home.score == away.score && home > away;
    println!("{}", tied);
}
