resource "google_compute_service_attachment" "manual" {
  name                  = "orders-api"
  region                = "europe-west1"
  target_service        = "projects/acme-prod/regions/europe-west1/forwardingRules/orders-api"
  nat_subnets           = ["projects/acme-prod/regions/europe-west1/subnetworks/psc-nat"]
  enable_proxy_protocol = false
  connection_preference = "ACCEPT_MANUAL"

  consumer_accept_lists {
    project_id_or_num = "acme-analytics"
    connection_limit  = 4
  }
}

# Manual acceptance with no accept list yet: no consumer connects.
resource "google_compute_service_attachment" "manual_empty" {
  name                  = "billing-api"
  region                = "europe-west1"
  target_service        = "projects/acme-prod/regions/europe-west1/forwardingRules/billing-api"
  nat_subnets           = ["projects/acme-prod/regions/europe-west1/subnetworks/psc-nat"]
  enable_proxy_protocol = false
  connection_preference = "ACCEPT_MANUAL"
}
