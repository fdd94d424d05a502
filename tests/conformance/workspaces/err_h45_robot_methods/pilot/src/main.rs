use motion::{Heading, Robot};

fn main() {
    let mut bot = Robot::new();
    bot.forward(3);
    bot.heading = bot.heading.turn_right();
    bot.forward(2);
    bot.heading = bot.heading.turn_left();
    let (dx, dy) = Heading::West.delta();
    bot.drain(5);
    println!("at ({}, {}) facing {:?}", bot.x, bot.y, bot.heading);
    println!("battery {}/{}", bot.battery(), Robot::FULL_CHARGE);
    println!("cost per step {}", Robot::STEP_COST);
    println!("home in {}", bot.distance_home());
    let spare = Robot::with_battery(50);
    let twin = bot.clone();
    let level: u64 = bot.battery();
    println!("{} {} {:?} {:?} {}", dx, dy, spare, twin, level);
}
