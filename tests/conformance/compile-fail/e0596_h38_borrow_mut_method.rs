// Calling a &mut self method on a binding declared without `mut`.
#[derive(Debug)]
struct Player {
    name: &'static str,
    score: u32,
    lives: u8,
}

impl Player {
    fn new(name: &'static str) -> Player {
        Player { name, score: 0, lives: 3 }
    }

    fn add_points(&mut self, points: u32) {
        self.score += points;
    }

    fn lose_life(&mut self) -> bool {
        self.lives -= 1;
        self.lives == 0
    }
}

fn reward(p: &Player) {
    p.add_points(100);
}

fn main() {
    let hero = Player::new("Ferris");
    hero.add_points(50);
    let dead = hero.lose_life();
    println!("{} has {} points, dead={}", hero.name, hero.score, dead);
    let mut other = Player::new("Crab");
    reward(&other);
    other.add_points(1);
    println!("{:?}", other);
}
