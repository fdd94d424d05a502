// Picking the champion out of a fixed bracket of teams.
#[derive(Debug)]
struct Team {
    seed: u8,
    wins: u32,
}

fn crown(team: Team) -> u32 {
    team.seed as u32 * 100 + team.wins
}

fn best_index(teams: &[Team; 4]) -> usize {
    let mut best = 0;
    for i in 1..teams.len() {
        if teams[i].wins > teams[best].wins {
            best = i;
        }
    }
    best
}

fn runner_up(teams: &[Team]) -> u8 {
    let Team { seed, .. } = teams[1];
    seed
}

fn main() {
    let teams = [
        Team { seed: 1, wins: 9 },
        Team { seed: 2, wins: 11 },
        Team { seed: 3, wins: 4 },
        Team { seed: 4, wins: 7 },
    ];
    let b = best_index(&teams);
    println!("{}", runner_up(&teams));
    let champion = teams[b];
    println!("{}", crown(champion));
}
