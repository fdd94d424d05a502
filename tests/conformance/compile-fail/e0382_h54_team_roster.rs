// Team roster: players in an array of non-Copy structs, iterated twice.
#[derive(Debug)]
struct Player {
    name: &'static str,
    number: u8,
    goals: u32,
    minutes: u32,
}

impl Player {
    fn goals_per_90(&self) -> f64 {
        if self.minutes == 0 {
            0.0
        } else {
            self.goals as f64 * 90.0 / self.minutes as f64
        }
    }
}

struct Team {
    name: &'static str,
    roster: [Player; 4],
}

impl Team {
    fn top_scorer(&self) -> &Player {
        let mut best = &self.roster[0];
        for p in self.roster.iter() {
            if p.goals > best.goals {
                best = p;
            }
        }
        best
    }

    fn total_goals(&self) -> u32 {
        let mut t = 0;
        for p in &self.roster {
            t += p.goals;
        }
        t
    }
}

fn print_roster(players: [Player; 4]) {
    for p in players {
        println!("#{:<2} {:<8} {:>2} goals ({:.2}/90)", p.number, p.name, p.goals, p.goals_per_90());
    }
}

fn main() {
    let team = Team {
        name: "Rovers",
        roster: [
            Player { name: "Ines", number: 9, goals: 14, minutes: 1710 },
            Player { name: "Tomas", number: 10, goals: 9, minutes: 2100 },
            Player { name: "Keiko", number: 7, goals: 11, minutes: 1290 },
            Player { name: "Brandt", number: 1, goals: 0, minutes: 2700 },
        ],
    };
    println!("{} scored {}", team.name, team.total_goals());
    println!("top scorer: {:?}", team.top_scorer());
    let roster = team.roster;
    print_roster(roster);
    for p in roster.iter() {
        if p.goals == 0 {
            println!("{} has not scored", p.name);
        }
    }
}
