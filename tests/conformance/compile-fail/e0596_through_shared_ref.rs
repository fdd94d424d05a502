// Taking a mutable borrow through a shared reference parameter.
struct Scoreboard {
    scores: [u32; 4],
}

fn bump(board: &mut Scoreboard, player: usize) {
    board.scores[player] += 1;
}

fn record_win(board: &Scoreboard, player: usize) {
    bump(&mut board, player);
    let slot = &mut board.scores[player];
    *slot += 0;
}

fn main() {
    let mut b = Scoreboard { scores: [0; 4] };
    record_win(&b, 2);
    bump(&mut b, 1);
    println!("{:?}", b.scores);
}
