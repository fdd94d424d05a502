// A tennis game scorer as a state machine over a fixed sequence of points.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Player {
    Server,
    Receiver,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum GameState {
    Points(u8, u8),
    Deuce,
    Advantage(Player),
    Won(Player),
}

fn point_name(p: u8) -> &'static str {
    match p {
        0 => "love",
        1 => "15",
        2 => "30",
        _ => "40",
    }
}

fn next(state: GameState, winner: Player) -> GameState {
    use GameState::*;
    match (state, winner) {
        (Won(p), _) => Won(p),
        (Deuce, p) => Advantage(p),
        (Advantage(a), p) if a == p => Won(p),
        (Advantage(_), _) => Deuce,
        (Points(3, r), Player::Server) if r < 3 => Won(Player::Server),
        (Points(s, 3), Player::Receiver) if s < 3 => Won(Player::Receiver),
        (Points(2, 3), Player::Server) | (Points(3, 2), Player::Receiver) => Deuce,
        (Points(s, r), Player::Server) => Points(s + 1, r),
        (Points(s, r), Player::Receiver) => Points(s, r + 1),
    }
}

fn show(state: GameState) {
    match state {
        GameState::Points(s, r) if s == r => println!("{}-all", point_name(s)),
        GameState::Points(s, r) => println!("{}-{}", point_name(s), point_name(r)),
        GameState::Deuce => println!("deuce"),
        GameState::Advantage(p) => println!("advantage {:?}", p),
        GameState::Won(p) => println!("game {:?}", p),
    }
}

fn main() {
    let s = Player::Server;
    let r = Player::Receiver;
    let rallies = [s, r, s, s, r, r, s, r, r, s, s, s];
    let mut state = GameState::Points(0, 0);
    for who in rallies {
        state = next(state, who);
        show(state);
        if let GameState::Won(_) = state {
            break;
        }
    }
}
