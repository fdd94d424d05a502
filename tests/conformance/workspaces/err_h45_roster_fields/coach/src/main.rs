use roster::{Jersey, Player, Position, Squad};

fn main() {
    let keeper = Player::sign(1, Position::Keeper);
    let mut striker = Player::sign(9, Position::Forward { goals: 12 });
    let back = Player { number: 4, position: Position::Defender, salary: 100, injured: false };
    striker.bench();
    println!("{} earns {}", striker.number, striker.salary);
    println!("injured: {}", keeper.injured);

    let squad = Squad::new([keeper, striker, back]);
    println!("captain #{} payroll {}", squad.captain().number, squad.payroll());
    println!("report {}", squad.report());
    let other = Squad { players: [keeper, keeper, keeper], captain: 2 };
    println!("{}", squad.captain);

    let shirt = Jersey(10, 45);
    let Jersey(num, price) = shirt;
    println!("{} {} {}", num, price, Player::base_salary(Position::Keeper));
    let _ = other;
}
