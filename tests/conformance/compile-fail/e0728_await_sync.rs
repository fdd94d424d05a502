// Writing `.await` in an ordinary function, as if loading were asynchronous.
fn load_config() -> u32 {
    8080
}

fn main() {
    let port = load_config().await;
    println!("listening on {}", port);
}
