use shelter_h57::{Pet, Species, SHELTER_CAPACITY};

fn sound(s: Species) -> &'static str {
    match s {
        Species::Dog => "woof",
        Species::Cat => "meow",
        Species::Rabbit => "...",
        Species::Dog => "grr",
    }
}

fn main() {
    let mut pets = [
        Pet { name: "Biscuit", species: Species::Dog, age: 3 },
        Pet { name: "Miso", species: Species::Cat, age: 11 },
        Pet { name: "Clover", species: Species::Rabbit, age: 1 },
    ];
    let mut adopted = 0;
    let unused_total = 0;
    for p in &pets {
        println!("{:<8} says {:<5} fee ${}", p.name, sound(p.species), p.adoption_fee());
    }
    adopted = 1;
    println!("{} of {} spaces used", pets.len() - adopted, SHELTER_CAPACITY);
    match pets[0] {
        Pet { species: Species::Dog, .. } => println!("first is a dog"),
        Pet { age: 0..=2, .. } => println!("first is young"),
        _ => {}
    }
}
