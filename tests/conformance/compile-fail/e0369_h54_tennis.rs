// Tennis game scoring as a small state machine.
#[derive(Debug, Clone, Copy)]
enum Point {
    Love,
    Fifteen,
    Thirty,
    Forty,
}

#[derive(Debug, Clone, Copy)]
enum Score {
    Points(Point, Point),
    Deuce,
    Advantage(u8),
    Game(u8),
}

impl Point {
    fn next(self) -> Point {
        match self {
            Point::Love => Point::Fifteen,
            Point::Fifteen => Point::Thirty,
            Point::Thirty => Point::Forty,
            Point::Forty => Point::Forty,
        }
    }
}

fn point_won(score: Score, player: u8) -> Score {
    match score {
        Score::Points(a, b) => {
            let (mine, theirs) = if player == 1 { (a, b) } else { (b, a) };
            match (mine, theirs) {
                (Point::Forty, Point::Forty) => Score::Advantage(player),
                (Point::Forty, _) => Score::Game(player),
                (Point::Thirty, Point::Forty) => Score::Deuce,
                _ => {
                    if player == 1 {
                        Score::Points(a.next(), b)
                    } else {
                        Score::Points(a, b.next())
                    }
                }
            }
        }
        Score::Deuce => Score::Advantage(player),
        Score::Advantage(p) if p == player => Score::Game(player),
        Score::Advantage(_) => Score::Deuce,
        Score::Game(p) => Score::Game(p),
    }
}

fn main() {
    let rallies = [1, 1, 2, 1, 2, 2, 1, 2, 2, 2];
    let mut score = Score::Points(Point::Love, Point::Love);
    for (i, &winner) in rallies.iter().enumerate() {
        score = point_won(score, winner);
        println!("after rally {}: {:?}", i + 1, score);
        if score == Score::Game(1) || score == Score::Game(2) {
            println!("game over");
            break;
        }
    }
}
