use levels::{cell, find, Cell, LEVELS};

#[derive(Debug, Clone, Copy)]
enum Move {
    Up,
    Down,
    Left,
    Right,
}

fn delta(m: Move) -> (isize, isize) {
    match m {
        Move::Up => (-1, 0),
        Move::Down => (1, 0),
        Move::Left => (0, -1),
        Move::Right => (0, 1),
    }
}

fn main() {
    let script = [Move::Right, Move::Right, Move::Right, Move::Down, Move::Right, Move::Down, Move::Left, Move::Up];
    for level in LEVELS.iter() {
        let mut player = find(level, b'@');
        let mut boxp = find(level, b'o');
        let mut pushes = 0;
        for &m in &script {
            let (dr, dc) = delta(m);
            let next = ((player.0 as isize + dr) as usize, (player.1 as isize + dc) as usize);
            if cell(level, next.0, next.1) == Cell::Wall {
                continue;
            }
            if next == boxp {
                let beyond = ((next.0 as isize + dr) as usize, (next.1 as isize + dc) as usize);
                if cell(level, beyond.0, beyond.1) == Cell::Wall {
                    continue;
                }
                boxp = beyond;
                pushes += 1;
            }
            player = next;
        }
        let solved = cell(level, boxp.0, boxp.1) == Cell::Goal;
        println!("{:<9} player {:?} box {:?} pushes {} solved {}", level.name, player, boxp, pushes, solved);
    }
}
