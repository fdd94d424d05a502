use zoo::habitats::{Enclosure, MAX_ENCLOSURE};
use zoo::{Animal, Diet, FeedingHour};
use zoo_core_h57::daily_food_kg;

fn main() {
    let lion = Animal { name: "Asha", diet: Diet::Carnivore, kg: 190 };
    let zebra = Animal { name: "Stripe", diet: Diet::Herbivore, kg: 320 };
    let pen = Enclosure { id: 4, residents: [lion, zebra] };
    println!("pen {} holds {} kg", pen.id, pen.weight());
    for a in pen.residents {
        let kind = match a.diet {
            Diet::Herbivore => "plants",
            Diet::Carnivore => "meat",
            Diet::Insectivore => "bugs",
            _ => "mixed",
        };
        println!("{} eats {} kg of {}", a.name, zoo::daily_food_kg(&a), kind);
    }
    println!("feeding at {}:00", zoo::FEEDING_HOUR);
    println!("capacity {}", zoo::habitat::MAX_ENCLOSURES);
    let total = zoo::total_food(&pen.residents);
    println!("{total}");
}
