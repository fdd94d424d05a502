// lints: non_snake_case non_camel_case_types non_upper_case_globals
// Names carried over from other languages.
const maxPlayers: u32 = 4;
static default_name: &str = "anon";

struct game_state {
    currentRound: u32,
    isOver: bool,
}

#[derive(Debug)]
enum player_kind {
    human,
    Computer,
}

impl game_state {
    fn nextRound(&mut self) {
        self.currentRound += 1;
        if self.currentRound >= maxPlayers {
            self.isOver = true;
        }
    }
}

fn PrintScore(playerName: &str, Score: u32) {
    println!("{playerName}: {Score}");
}

fn main() {
    let mut gameState = game_state { currentRound: 0, isOver: false };
    while !gameState.isOver {
        gameState.nextRound();
    }
    let Kind = player_kind::human;
    println!("{:?} {:?}", Kind, player_kind::Computer);
    PrintScore(default_name, gameState.currentRound);
}
