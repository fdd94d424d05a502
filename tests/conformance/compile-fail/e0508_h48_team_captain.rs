// Picking a captain out of an array of players moves out of the array.
#[derive(Debug)]
struct Player {
    name: &'static str,
    goals: u32,
    tags: [char; 2],
}

fn top_scorer(team: &[Player]) -> usize {
    let mut best = 0;
    for (i, p) in team.iter().enumerate() {
        if p.goals > team[best].goals {
            best = i;
        }
    }
    best
}

fn main() {
    let team = [
        Player { name: "Kim", goals: 4, tags: ['F', 'W'] },
        Player { name: "Ola", goals: 9, tags: ['M', 'C'] },
        Player { name: "Raj", goals: 2, tags: ['D', ' '] },
    ];
    let idx = top_scorer(&team);
    let captain = team[idx];
    println!("captain: {:?}", captain);
    for p in &team {
        println!("{} {} {:?}", p.name, p.goals, p.tags);
    }
}
