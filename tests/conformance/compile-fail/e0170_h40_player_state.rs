#[derive(Debug, Clone, Copy, PartialEq)]
enum PlayerState {
    Stopped,
    Playing,
    Paused,
}

struct Player {
    state: PlayerState,
    position: u32,
}

impl PlayerState {
    fn label(&self) -> &'static str {
        match self {
            Stopped => "stopped",
            Playing => "playing",
            Paused => "paused",
        }
    }
}

impl Player {
    fn toggle(&mut self) {
        self.state = match self.state {
            PlayerState::Playing => PlayerState::Paused,
            PlayerState::Paused | PlayerState::Stopped => PlayerState::Playing,
        };
    }

    fn tick(&mut self) {
        if self.state == PlayerState::Playing {
            self.position += 1;
        }
    }
}

fn main() {
    let mut p = Player { state: PlayerState::Stopped, position: 0 };
    for _ in 0..3 {
        p.toggle();
        p.tick();
        println!("{} at {}", p.state.label(), p.position);
    }
}
