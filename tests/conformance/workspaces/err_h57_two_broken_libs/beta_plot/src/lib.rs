pub const WIDTH: usize = 20;

pub fn bar(value: i32, max: i32) {
    let filled = value * WIDTH as i32 / max;
    for i in 0..WIDTH {
        if i < filled { print!("#") } else { print!(" ") }
    }
    println!("|");
}
