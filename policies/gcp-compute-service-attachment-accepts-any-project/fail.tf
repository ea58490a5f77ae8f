variable "automatic_connection" {
  type    = bool
  default = true
}

variable "preference" {
  type = string
}

resource "google_compute_service_attachment" "automatic" {
  name                  = "orders-api"
  region                = "europe-west1"
  target_service        = "projects/acme-prod/regions/europe-west1/forwardingRules/orders-api"
  nat_subnets           = ["projects/acme-prod/regions/europe-west1/subnetworks/psc-nat"]
  enable_proxy_protocol = false
  connection_preference = "ACCEPT_AUTOMATIC" # expect: gcp-compute-service-attachment-accepts-any-project "service attachment `google_compute_service_attachment.automatic` accepts connections from any project"
}

# A variable with a default is evaluated.
resource "google_compute_service_attachment" "from_default" {
  name                  = "billing-api"
  region                = "europe-west1"
  target_service        = "projects/acme-prod/regions/europe-west1/forwardingRules/billing-api"
  nat_subnets           = ["projects/acme-prod/regions/europe-west1/subnetworks/psc-nat"]
  enable_proxy_protocol = false
  connection_preference = var.automatic_connection ? "ACCEPT_AUTOMATIC" : "ACCEPT_MANUAL" # expect: gcp-compute-service-attachment-accepts-any-project
}

resource "google_compute_service_attachment" "unknown" {
  name                  = "search-api"
  region                = "europe-west1"
  target_service        = "projects/acme-prod/regions/europe-west1/forwardingRules/search-api"
  nat_subnets           = ["projects/acme-prod/regions/europe-west1/subnetworks/psc-nat"]
  enable_proxy_protocol = false
  connection_preference = var.preference # expect: gcp-compute-service-attachment-accepts-any-project unknown
}
