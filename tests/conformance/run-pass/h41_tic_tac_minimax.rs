// Tic-tac-toe solved by exhaustive minimax with alpha-beta pruning on a 9-cell array.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Empty,
    X,
    O,
}

impl Mark {
    fn other(self) -> Mark {
        match self {
            Mark::X => Mark::O,
            Mark::O => Mark::X,
            Mark::Empty => unreachable!("no player is Empty"),
        }
    }
}

const LINES: [[usize; 3]; 8] = [
    [0, 1, 2], [3, 4, 5], [6, 7, 8],
    [0, 3, 6], [1, 4, 7], [2, 5, 8],
    [0, 4, 8], [2, 4, 6],
];

type Board = [Mark; 9];

fn winner(b: &Board) -> Mark {
    for [a, c, d] in LINES {
        if b[a] != Mark::Empty && b[a] == b[c] && b[c] == b[d] {
            return b[a];
        }
    }
    Mark::Empty
}

fn full(b: &Board) -> bool {
    for &m in b {
        if m == Mark::Empty {
            return false;
        }
    }
    true
}

fn minimax(b: &mut Board, to_move: Mark, mut alpha: i32, mut beta: i32, nodes: &mut u32) -> i32 {
    *nodes += 1;
    match winner(b) {
        Mark::X => return 10,
        Mark::O => return -10,
        Mark::Empty if full(b) => return 0,
        Mark::Empty => {}
    }
    let maximizing = to_move == Mark::X;
    let mut best = if maximizing { i32::MIN } else { i32::MAX };
    for i in 0..9 {
        if b[i] != Mark::Empty {
            continue;
        }
        b[i] = to_move;
        let score = minimax(b, to_move.other(), alpha, beta, nodes);
        b[i] = Mark::Empty;
        if maximizing {
            best = best.max(score);
            alpha = alpha.max(best);
        } else {
            best = best.min(score);
            beta = beta.min(best);
        }
        if beta <= alpha {
            break;
        }
    }
    best
}

fn best_move(b: &mut Board, player: Mark, nodes: &mut u32) -> usize {
    let mut choice = 9;
    let mut best = 0;
    for i in 0..9 {
        if b[i] != Mark::Empty {
            continue;
        }
        b[i] = player;
        let s = minimax(b, player.other(), i32::MIN, i32::MAX, nodes);
        b[i] = Mark::Empty;
        let better = if player == Mark::X { s > best } else { s < best };
        if choice == 9 || better {
            choice = i;
            best = s;
        }
    }
    choice
}

fn main() {
    let mut board: Board = [Mark::Empty; 9];
    let mut player = Mark::X;
    let mut nodes = 0u32;
    let result = loop {
        let w = winner(&board);
        if w != Mark::Empty || full(&board) {
            break w;
        }
        let m = best_move(&mut board, player, &mut nodes);
        board[m] = player;
        println!("{:?} plays {}", player, m);
        player = player.other();
    };
    for r in 0..3 {
        for c in 0..3 {
            print!("{}", match board[r * 3 + c] { Mark::X => "X", Mark::O => "O", Mark::Empty => "." });
        }
        println!();
    }
    println!("result {:?}, nodes searched {}", result, nodes);
}
