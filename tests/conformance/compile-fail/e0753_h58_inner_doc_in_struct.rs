struct Settings {
    volume: i32,
    //! the volume, 0-100
}

fn main() {
    let s = Settings { volume: 40 };
    println!("{}", s.volume);
}
