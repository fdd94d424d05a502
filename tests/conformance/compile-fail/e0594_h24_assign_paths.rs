// A scoreboard assigning through shared references and immutable bindings.
struct Team {
    name: &'static str,
    wins: u32,
}

struct League {
    teams: [Team; 2],
    round: u32,
}

static MAX_ROUNDS: u32 = 10;

fn record(l: &League, idx: usize) {
    l.teams[idx].wins += 1;
}

fn rename(t: &Team) {
    t.name = "renamed";
}

fn advance(l: &mut League) {
    let r = &l.round;
    *r += 1;
}

fn reset_limit() {
    MAX_ROUNDS = 5;
}

fn main() {
    let league = League {
        teams: [Team { name: "a", wins: 0 }, Team { name: "b", wins: 0 }],
        round: 0,
    };
    record(&league, 0);
    rename(&league.teams[1]);
    league.round = 1;
    let pair = (1u32, 2u32);
    pair.0 = 5;
    let mut other = League { teams: [Team { name: "c", wins: 0 }, Team { name: "d", wins: 0 }], round: 0 };
    advance(&mut other);
    reset_limit();
    println!("{} {} {} {}", league.round, pair.0, other.round, other.teams[0].name);
}
